"""Analysis: sentence segmentation, quotations and their speakers, sentence roles.

Turns paragraphs of text into analysed :class:`~newsdiff.Sentence` values
(``analyse``). Imports the value types and the base layer, never the revision,
reading or comparing layers.
"""
