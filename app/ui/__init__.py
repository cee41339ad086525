"""The Qt editor: main window, canvas, dialogs. Changes the map only through model commands."""
