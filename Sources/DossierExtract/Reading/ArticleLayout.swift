import DossierModel

/// The parts of an article file before sentences are found: header fields and the byte ranges of headings
/// and paragraphs, with blog furniture and anything after an end mark left out.
struct ArticleLayout {
    enum Block: Equatable {
        case heading(Range<Int>)
        case paragraph(Range<Int>)
    }

    var title: String?
    var author: String?
    var date: PartialDate?
    var blocks: [Block] = []
}
