"""The Qt user interface: it renders state and forwards what the person asks for."""
