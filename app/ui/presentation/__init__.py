"""Presentation mode: the map full screen, walked phase by phase, still editable.

:class:`Presentation` belongs to a main window. ``start()`` remembers the editor
exactly as it is (window state, panels, zoom and scroll, theme), shows the canvas
full screen and the first phase at a size a room can read: card titles at least
:data:`LEGIBLE_PX` pixels high. ``stop()`` (Esc) puts the editor back.

With one screen the main window itself goes full screen. With two, the audience
gets a window of its own on the other screen, with its own view of the same
scene, while the editor stays as it is and says which phase is showing.

- :mod:`.mode`: :class:`Presentation`, the keys, the phase shown;
- :mod:`.stage`: the zoom, placing a phase, fading the others, the audience window;
- :mod:`.editor_state`: hiding the editor and putting it back exactly.
"""

from app.ui.presentation.mode import Presentation
from app.ui.presentation.stage import LEGIBLE_PX, AudienceWindow, audience_screen, phase_zoom

__all__ = ["LEGIBLE_PX", "AudienceWindow", "Presentation", "audience_screen", "phase_zoom"]
