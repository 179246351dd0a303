/// Turns English news text into actors and typed relations with their evidence.
public enum DyadExtraction {}
