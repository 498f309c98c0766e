import DossierShell

/// Reads lesson, answer and progress files as UTF-8 text.
enum TeachFiles {
    static func readText(_ path: String) throws(LessonLoadError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw LessonLoadError("cannot read \(error.description)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard !body.contains(0), let text = String(validating: body, as: UTF8.self) else {
            throw LessonLoadError("\(path) is not a UTF-8 text file")
        }
        return text
    }

    /// Reads and parses a lesson file.
    static func readLesson(_ path: String) throws(LessonLoadError) -> Lesson {
        let text = try readText(path)
        do {
            return try LessonParser.parse(text, path: path)
        } catch {
            throw LessonLoadError(error.description)
        }
    }
}

extension Lesson {
    /// Reads and parses the lesson file at `path`; the error says what is wrong and where.
    public static func read(_ path: String) throws(LessonLoadError) -> Lesson { try TeachFiles.readLesson(path) }
}
