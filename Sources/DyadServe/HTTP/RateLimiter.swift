import DyadCore
import Foundation

/// A token bucket shared by all requests: `burst` requests at once, refilled at `rate` a second.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let rate: Double
    private let burst: Double
    private let bucket: Locked<Bucket>

    /// A limiter letting `rate` requests a second through on average, `burst` at once.
    init(rate: Double, burst: Double) {
        self.rate = max(0.001, rate)
        self.burst = max(1, burst)
        bucket = Locked(Bucket(tokens: max(1, burst), updated: Self.now()))
    }

    /// Whether one more request may go through now (taking a token when it may).
    func allow() -> Bool {
        let now = Self.now()
        return bucket.withLock { bucket in
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            guard bucket.tokens >= 1 else { return false }
            bucket.tokens -= 1
            return true
        }
    }

    private static func now() -> Double { ProcessInfo.processInfo.systemUptime }
}
