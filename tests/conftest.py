"""Shared test set-up: Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (xcb under Xvfb).

This folder is on sys.path (pytest puts a rootless conftest's folder there), so
tests import shared helpers such as `strategies` directly.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# Property tests check behaviour, not speed: no per-example deadline, so a busy
# CI machine cannot make them flaky.
settings.register_profile("parcours", deadline=None)
settings.load_profile("parcours")
