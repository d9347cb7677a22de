"""The reverse-reference index over a folder of BWB toestand XML and regelrecht YAML (any number of laws and
versions): built file by file in parallel (a process pool, or the same per-file function on a Dask cluster),
incremental by file hash, stored in SQLite; queried for who cites a provision and which references dangle."""

from wetgeving.index.bestand import Bestandsindex, index_file
from wetgeving.index.bouw import Verslag, build
from wetgeving.index.vragen import Citering, cited_by, dangling_all

__all__ = ["Bestandsindex", "Citering", "Verslag", "build", "cited_by", "dangling_all", "index_file"]
