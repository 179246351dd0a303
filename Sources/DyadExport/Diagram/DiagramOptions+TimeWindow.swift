import DyadCore

extension DiagramOptions {
    /// The view's time: the snapshot day, the window and the range of evidence dates kept.
    public var time: TimeWindow {
        get { TimeWindow(asOf: asOf, from: from, to: to, window: window) }
        set {
            asOf = newValue.asOf
            from = newValue.from
            to = newValue.to
            window = newValue.window
        }
    }
}
