extension Array {
    /// Calls `body` with each element in order, borrowed where it lies rather than copied out of
    /// the array.
    ///
    /// `for element in array`, `array[i]` (and an `UnsafeBufferPointer`'s or a `Span`'s
    /// subscript) hand each element over as a copy: for a value holding strings and arrays, a
    /// retain of each of them and a release after, atomic operations on memory often last
    /// touched by another thread. Measured, that was a tenth of a durable append's CPU and about
    /// 3 % of a rebuild's (docs/performance.md, session 12). Here each element's bytes are copied
    /// bitwise into a stack slot and moved out of it (a move retains nothing); after `body` the
    /// value is moved back into the slot, which is dropped without being deinitialized, so
    /// nothing is released either. The array, which `self` keeps alive and unchanged for the
    /// call, owns the references throughout: `body` only borrows them.
    ///
    /// For plain value types (structs and enums of strings, arrays, numbers and classes), which
    /// move by copying their bytes; the tests compare the results with `for ... in` and reuse
    /// the elements after.
    @inlinable
    public func forEachInPlace<Failure: Error>(_ body: (Element) throws(Failure) -> Void) throws(Failure) {
        try withUnsafeBufferPointer { (all) throws(Failure) in
            guard let first = all.baseAddress else { return }
            try withUnsafeTemporaryAllocation(of: Element.self, capacity: 1) { (slot) throws(Failure) in
                guard let slot = slot.baseAddress else { return }
                for index in 0..<all.count {
                    UnsafeMutableRawPointer(slot).copyMemory(
                        from: first + index,
                        byteCount: MemoryLayout<Element>.size
                    )
                    let element = slot.move()
                    var failure: Failure?
                    do throws(Failure) {
                        try body(element)
                    } catch {
                        failure = error
                    }
                    slot.initialize(to: consume element)
                    if let failure { throw failure }
                }
            }
        }
    }
}
