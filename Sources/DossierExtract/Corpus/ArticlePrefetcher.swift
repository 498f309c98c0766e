import Dispatch

/// Reads and prepares article files one batch ahead of the caller, on another thread, and hands them
/// out in their original order.
///
/// Reading, segmenting and tokenising are about a third of loading's work and need nothing from other
/// articles; overlapping them with extraction (which must stay in order) takes that much off the wall
/// time of a load.
/// Only one batch is ever in flight, so memory stays bounded whatever the corpus size.
final class ArticlePrefetcher {
    typealias Prepared = Result<PreparedArticle, CorpusLoader.FileError>

    private let files: [String]
    private let lexicon: Lexicon
    private let batchSize: Int
    private var batch: [Prepared] = []
    private var positionInBatch = 0
    private var nextBatchStart = 0
    private var inFlight: BackgroundWork<[Prepared]>?

    init(files: [String], lexicon: Lexicon, batchSize: Int = 16) {
        self.files = files
        self.lexicon = lexicon
        self.batchSize = max(1, batchSize)
        startNextBatch()
    }

    /// The next file's article, or why it could not be read. Call once per file, in order.
    func next() -> Prepared {
        if positionInBatch == batch.count {
            batch = inFlight?.wait() ?? []
            positionInBatch = 0
            startNextBatch()
        }
        defer { positionInBatch += 1 }
        return batch[positionInBatch]
    }

    private func startNextBatch() {
        guard nextBatchStart < files.count else {
            inFlight = nil
            return
        }
        let paths = Array(files[nextBatchStart..<min(nextBatchStart + batchSize, files.count)])
        nextBatchStart += paths.count
        let lexicon = lexicon
        inFlight = BackgroundWork { paths.map { Self.prepare($0, lexicon: lexicon) } }
    }

    static func prepare(_ path: String, lexicon: Lexicon) -> Prepared {
        do throws(CorpusLoader.FileError) {
            let text = try CorpusLoader.readText(path)
            do throws(ReadError) {
                return .success(try PreparedArticle(text: text, path: path, markdown: nil, lexicon: lexicon))
            } catch {
                throw .read(error)
            }
        } catch {
            return .failure(error)
        }
    }
}

/// A value computed on a background thread; `wait` blocks until it is ready.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // `value` is written once before `done` is signalled and read only after waiting on it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.done.signal()
        }
    }

    func wait() -> Value {
        done.wait()
        done.signal()  // a second wait returns at once
        return value!
    }
}
