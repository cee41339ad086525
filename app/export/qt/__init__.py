"""Qt painting of a layout, shared by the canvas and the PNG and SVG exports."""
