"""Descriptions of older Batch API versions (package data; see ``batchmodels._apiversions``)."""
