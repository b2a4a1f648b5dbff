"""The application layer: small flow controllers between the windows and the services.

Each owns one flow and its state (settings, a session, reminders, the diary,
exports); windows render what they are told and send intents here. Nothing
in this package words a sentence for a person: it hands facts to ``ui``.
"""
