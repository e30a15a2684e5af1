# syntax: '{' was never closed
config = {"a": 1,
          "b": 2
