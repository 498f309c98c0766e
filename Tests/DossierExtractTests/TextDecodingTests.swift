import Testing

@testable import DossierExtract

@Suite struct TextDecodingTests {
    @Test func stripsBOMAndNormalisesLineEnds() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)) == "a\nb\nc\n")
    }

    @Test func decodesUTF16WithBOM() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x1F, 0x01]
        #expect(try TextDecoding.decode(little) == "A\nğ")
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x01, 0x1F]
        #expect(try TextDecoding.decode(big) == "Ağ")
    }

    @Test func rejectsBinaryEmptyAndInvalidText() {
        #expect(throws: ReadError.empty) { try TextDecoding.decode([]) }
        #expect(throws: ReadError.binary(byteOffset: 2)) { try TextDecoding.decode([0x41, 0x42, 0x00, 0x43]) }
        #expect(throws: ReadError.invalidUTF8(line: 2, column: 3)) { try TextDecoding.decode(Array("ok\nab".utf8) + [0xC3, 0x28]) }
        #expect(throws: ReadError.invalidUTF8(line: 1, column: 1)) { try TextDecoding.decode([0xED, 0xA0, 0x80]) }  // a surrogate
        #expect(throws: ReadError.invalidUTF16) { try TextDecoding.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
    }
}
