"""Shared test set-up: Qt always runs offscreen, whoever starts pytest."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
