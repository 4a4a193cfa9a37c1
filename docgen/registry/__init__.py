"""Persistent records beside the document flow: document numbers, certificates, keys, jobs, users.

Kinds never import this package; callers (CLI, service) take what a kind needs from here and pass
it in as data.
"""
