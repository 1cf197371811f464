"""numpy stand-in for the Keras 1.2 API (TensorFlow backend) the exported snippets use (see ../../README.md)."""
