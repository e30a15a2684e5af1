"""RayDP's API: Spark sessions on the Ray runtime (`raydp.init_spark`, `raydp.stop_spark`).

Prism's dataframe engine runs in this process; a session's executors are threads of the engine,
`num_executors * executor_cores` of them, and operators may hold `num_executors * executor_memory`.
"""
__all__ = ["init_spark", "stop_spark"]

_context = None


def init_spark(app_name, num_executors, executor_cores, executor_memory, enable_hive=False,
               fault_tolerant_mode=True, placement_group_strategy=None, placement_group=None,
               placement_group_bundle_indexes=None, configs=None):
    """Starts a Spark session of `num_executors` executors with `executor_cores` cores and
    `executor_memory` ("4GB", "500M" or bytes) each; raises if one is already running."""
    global _context
    from pyspark.sql.session import SparkSession, _memory_bytes
    import ray
    if _context is not None:
        raise Exception("The spark environment has inited.")
    if not isinstance(num_executors, int) or num_executors < 1:
        raise ValueError("num_executors must be a positive integer, got %r" % (num_executors,))
    if not isinstance(executor_cores, int) or executor_cores < 1:
        raise ValueError("executor_cores must be a positive integer, got %r" % (executor_cores,))
    memory = _memory_bytes(executor_memory)
    if memory <= 0:
        raise ValueError("executor_memory must be positive, got %r" % (executor_memory,))
    if not ray.is_initialized():
        ray.init()
    cpus = ray.cluster_resources().get("CPU", 0)
    wanted = num_executors * executor_cores
    if wanted > cpus:
        raise ValueError("init_spark asks for %d executors x %d cores = %d CPUs, but the Ray cluster has %d"
                         % (num_executors, executor_cores, wanted, int(cpus)))
    options = {"spark.app.name": app_name, "spark.master": "ray",
               "spark.executor.instances": str(num_executors), "spark.executor.cores": str(executor_cores),
               "spark.executor.memory": str(executor_memory)}
    for k, v in (configs or {}).items():
        options[k] = str(v)
    session = SparkSession._create(app_name, wanted, memory * num_executors, options)
    _context = session
    return session


def stop_spark(cleanup_data=True):
    """Stops the session started by `init_spark` (data already collected stays readable)."""
    global _context
    if _context is not None:
        _context.stop()
        _context = None

