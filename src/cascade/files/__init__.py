"""Everything that reads or writes files: cascade files in, events files in and out, exports.

* :mod:`.loader`: cascade files (YAML, JSON) into the model, errors at file:line:col;
* :mod:`.crossrefs`: every id in a file names something that exists;
* :mod:`.interchange`: the canonical JSON interchange format and the JSON Schemas;
* :mod:`.events_read`, :mod:`.events_line`, :mod:`.events_write`: events files
  (JSON Lines), the fast reader, the checked line reader, the writer.

What is written from a tracked cascade (OCEL, CSV) is in :mod:`cascade.exports`.
"""
