package dev.directory.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DirectoryAnalyzerTest {

  private final Analyzer analyzer = new DirectoryAnalyzer();

  @Test
  void foldsAccentsAndCase() throws IOException {
    assertEquals(List.of("norberto", "giron"), tokens("Norberto Girón"));
    assertEquals(List.of("sebastian"), tokens("SEBASTIÁN"));
    assertEquals(List.of("region", "de", "tarapaca"), tokens("Región de Tarapacá"));
  }

  @Test
  void splitsAnEmailIntoItsLocalPartAndDomain() throws IOException {
    assertEquals(List.of("iomsantiagopress", "iom.int"), tokens("iomsantiagopress@iom.int"));
  }

  @Test
  void keepsTheGroupsOfDigitsOfAPhoneNumber() throws IOException {
    assertEquals(List.of("56", "02", "9633710"), tokens("+56 02 9633710"));
  }

  private List<String> tokens(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("name", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
