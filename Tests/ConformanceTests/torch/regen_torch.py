#!/usr/bin/env python3
"""Regenerates the .expected output of every program in this folder with PyTorch, so Prism's module is
checked against the real one. Usage:
    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch
    /tmp/torchenv/bin/python Tests/ConformanceTests/torch/regen_torch.py [--check] [NAME ...]"""
import pathlib, sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from regen_reference import regen

sys.exit(regen(pathlib.Path(__file__).resolve().parent, sys.argv[1:]))
