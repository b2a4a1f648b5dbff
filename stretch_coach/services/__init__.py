"""Services at the edges of the app: files, sound, reminders, notifications."""
