"""The pure core of Stretch Coach: exercises, routines, plans and the session engine.

Nothing in this package imports Qt or touches the file system outside its own
packaged data, so it can be tested quickly and exhaustively.
"""
