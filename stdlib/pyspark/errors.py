"""The exceptions PySpark raises, with the same names and bases (pyspark.errors)."""


class PySparkException(Exception):
    """Base of the errors raised by the dataframe engine."""

    def __init__(self, message=None, error_class=None, message_parameters=None):
        super().__init__(message)
        self.message = message
        if error_class is None and message and message.startswith("[") and "]" in message:
            error_class = message[1:message.index("]")]
        self._error_class = error_class

    def getErrorClass(self):
        return self._error_class

    def getMessage(self):
        return self.message

    def __str__(self):
        return self.message if self.message is not None else ""


class AnalysisException(PySparkException):
    """An unknown column, table or function, or a type mismatch in an expression."""


class ParseException(AnalysisException):
    """A SQL text that does not parse."""


class IllegalArgumentException(PySparkException):
    """A bad argument to an engine call."""


class SparkException(PySparkException):
    """A failure while running a query: malformed input, memory, I/O."""


class PythonException(PySparkException):
    """An exception raised inside a Python UDF."""


class PySparkValueError(PySparkException, ValueError):
    """A bad value passed from Python."""


class PySparkTypeError(PySparkException, TypeError):
    """A bad type passed from Python."""
