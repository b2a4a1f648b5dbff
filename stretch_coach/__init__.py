"""Stretch Coach: a calm bedtime stretch coach for people with night-time leg cramps."""

__version__ = "0.1.0"
APP_NAME = "stretch-coach"
APP_DISPLAY_NAME = "Stretch Coach"
