"""What crosses the boundary of the program, made safe both ways.

In: :mod:`~cascade.boundary.limits` (the limits a user can see and raise) and
:mod:`~cascade.boundary.untrusted` (values a file may hold that nothing after it
should see: NUL, lone surrogates, alias bombs, deep nesting, endless text).
Out: :mod:`~cascade.boundary.visible` (text from files shown on a terminal with
its control characters escaped), :mod:`~cascade.boundary.csv_cells` (no spreadsheet
formula from a name) and :mod:`~cascade.boundary.atomic` (files written whole or
not at all). Volume: :mod:`~cascade.boundary.collector` (the garbage collector paused
while large input comes in). It imports nothing of cascade but :mod:`cascade.errors`.
"""
