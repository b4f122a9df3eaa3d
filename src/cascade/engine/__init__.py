"""The engine: obligations driven through their lifecycle by events, and counted.

Data flows one way through it:

* :mod:`.lifecycle`: lifecycle definitions (YAML) compiled into transition tables;
  the only module that imports :mod:`transitions`;
* :mod:`.compiled`: a cascade compiled into flat columns for the hot paths;
* :mod:`.guards`: whether an event may fire, and why not; :class:`~.guards.Progress`;
* :mod:`.history`: the append-only history of committed events, as columns;
* :mod:`.bulk`: whole-chunk replay in numpy;
* :mod:`.tracker`: :class:`~cascade.engine.tracker.Tracker`, the one entry point;
* :mod:`.status`: the four buckets of Decision 42/2014/QĐ-TTg as of a day.

Nothing here reads or writes files or databases (see :mod:`cascade.files` and
:mod:`cascade.store`).
"""
