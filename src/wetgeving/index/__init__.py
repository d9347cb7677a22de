"""The reverse-reference index over a folder of BWB toestand XML and regelrecht YAML (any number of laws and
versions): built file by file in parallel (a process pool, or the same per-file function on a Dask cluster),
incremental by file hash, stored in SQLite; queried for who cites a provision and which references dangle.

The package imports nothing itself (the CLI loads it on every call): ``bestand.index_file``, ``bouw.build``,
``vragen.cited_by`` and ``vragen.dangling_all`` are imported from their modules."""
