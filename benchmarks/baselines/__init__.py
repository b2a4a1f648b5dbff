"""The bare programs the app is measured against (each runs as its own process)."""
