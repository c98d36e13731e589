import OCPAPI
import Testing

/// Splitting a JSON array into its elements' exact bytes (rows printed as OCP sent them).
struct JSONElementsTests {
    @Test func elementsKeepTheirBytes() throws {
        let json = Array(#" [ {"a":[1,2],"s":"x,]\"y"} , 1.50e1,"b" ,null,[]] "#.utf8)
        let elements = try #require(JSONFieldExtractor.elements(of: json))
        #expect(elements.map { String(decoding: $0, as: UTF8.self) } == [#"{"a":[1,2],"s":"x,]\"y"}"#, "1.50e1", #""b""#, "null", "[]"])
        #expect(JSONFieldExtractor.elements(of: Array("[]".utf8))?.isEmpty == true)
    }

    @Test(arguments: ["", "{}", "[1,", "[1 2]", "[1,]", #"["a"#])
    func somethingElseIsNotAnArray(text: String) {
        #expect(JSONFieldExtractor.elements(of: Array(text.utf8)) == nil)
    }
}
