"""The built-in exporters of kssgov, registered through the kssgov.exporters entry points."""
