#!/usr/bin/env python3
"""Regenerates the .expected output of every program in this folder with PySpark 3.5 (the Spark RayDP supports; needs Java 17), so Prism's module is
checked against the real one. Usage:
    python3 -m venv /tmp/sparkenv && /tmp/sparkenv/bin/pip install 'pyspark==3.5.3'
    /tmp/sparkenv/bin/python Tests/ConformanceTests/dataframe/regen_spark.py [--check] [NAME ...]"""
import pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from regen_reference import regen

sys.exit(regen(pathlib.Path(__file__).resolve().parent, sys.argv[1:]))
