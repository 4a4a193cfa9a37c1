"""docgen: documents for China's education-logistics associations.

The library is free of web code: kinds (``docgen.kinds``) turn validated data into a
``docgen.model.Document``; ``docgen.render.docx`` and ``docgen.render.pdf`` turn that into bytes.
"""

from .errors import DocgenError, FieldError, MissingGlyphsError, ValidationError

__all__ = ["DocgenError", "FieldError", "MissingGlyphsError", "ValidationError"]
__version__ = "0.1.0"
