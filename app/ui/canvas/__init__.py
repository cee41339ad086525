"""The journey canvas: a scene drawing the layout, a view with zoom, pan and direct manipulation."""
