// Tests of the importers.
