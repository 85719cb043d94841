"""Engines that run the pipeline over many documents: all cores of this machine, or a Dask cluster.

    local.py    code_local(documents, workers=N): a process pool, results in document order
    cluster.py  code_dask(documents, out_dir, scheduler=... | workers=N): a partitioned Parquet dataset
    resume.py   the state of a file output (which documents are done), so a killed run can resume

Engines see records only: :class:`Coded` (a document with its events) and :class:`Failure`.
"""

from eventcoder.engines.local import Coded, Failure, LocalEngine, code_chunk, code_local, default_workers

__all__ = ["Coded", "Failure", "LocalEngine", "code_chunk", "code_local", "default_workers"]
