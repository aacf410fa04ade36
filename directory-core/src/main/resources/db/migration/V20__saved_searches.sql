-- Searches staff saved: each an address book their phone or mail program syncs.

CREATE TABLE saved_search (
    id         VARCHAR(40) PRIMARY KEY,
    username   VARCHAR(100) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    name       VARCHAR(200) NOT NULL,
    -- the query string of /api/search
    search     VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX saved_search_username ON saved_search (username);
