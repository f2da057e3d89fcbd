package io.gatehouse.query.account;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code size} rows from {@code offset}, for a query that orders itself: a page of the list plus one row that
 * says whether there is a next page, which PageRequest (offset = page * size) cannot express.
 */
record OffsetRows(long offset, int size) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetRows(offset + size, size);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetRows(Math.max(0, offset - size), size);
    }

    @Override
    public Pageable first() {
        return new OffsetRows(0, size);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetRows((long) pageNumber * size, size);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
