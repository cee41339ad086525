"""Shared test set-up: Qt always runs offscreen, whoever starts pytest.

This folder is on sys.path (pytest puts a rootless conftest's folder there), so
tests import shared helpers such as `strategies` directly.
"""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
