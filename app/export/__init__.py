"""Exports that draw the layout: PDF (reportlab, no Qt), PNG and SVG (Qt painters).

The editable map travels inside every export (PDF attachment, PNG iTXt chunk,
SVG metadata) so that an export reopens as a map.
"""
