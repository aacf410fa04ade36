package dev.directory.search.query;

import dev.directory.search.index.IndexFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The Lucene sort of each order a search may ask for; ties always go by id, so pages are stable.
 */
final class Orders {

  private Orders() {}

  private static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.ID, SortField.Type.STRING));

  /** When every score is the same (browsing), relevance order is id order, and cheaper. */
  private static final Sort BY_ID = new Sort(new SortField(IndexFields.ID, SortField.Type.STRING));

  private static final Sort BY_NAME =
      new Sort(
          new SortField(IndexFields.NAME_SORT, SortField.Type.STRING),
          new SortField(IndexFields.ID, SortField.Type.STRING));

  static Sort of(SearchRequest request, Query text) {
    if (request.order() == SearchRequest.Order.NAME) {
      return BY_NAME;
    }
    return text instanceof MatchAllDocsQuery ? BY_ID : BY_RELEVANCE;
  }
}
