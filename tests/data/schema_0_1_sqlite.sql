-- The SQLite schema of dossier 0.1 before migrations (create_all of dossier/store/models.py at
-- commit 344e5cf): tests/store/test_migrations.py upgrades a database made with it.

CREATE TABLE documents (
	id VARCHAR NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	title TEXT, 
	url TEXT, 
	published VARCHAR(10), 
	language VARCHAR(8) NOT NULL, 
	source TEXT, 
	text TEXT NOT NULL, 
	pipeline VARCHAR NOT NULL, 
	analysis JSON NOT NULL, 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_documents_content_hash ON documents (content_hash);

CREATE INDEX ix_documents_published ON documents (published);

CREATE TABLE attributions (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	id VARCHAR NOT NULL, 
	source VARCHAR, 
	source_text TEXT NOT NULL, 
	source_type VARCHAR(32) NOT NULL, 
	cue TEXT NOT NULL, 
	claim_start INTEGER NOT NULL, 
	claim_end INTEGER NOT NULL, 
	claim_text TEXT NOT NULL, 
	sentence INTEGER NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_attributions_document_id ON attributions (document_id);

CREATE TABLE dates (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	text TEXT NOT NULL, 
	value VARCHAR(21) NOT NULL, 
	granularity VARCHAR(16) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	sentence INTEGER NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_dates_document_id ON dates (document_id);

CREATE INDEX ix_dates_value ON dates (value);

CREATE TABLE entities (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	id VARCHAR NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(32) NOT NULL, 
	aliases JSON NOT NULL, 
	code VARCHAR(32), 
	stance FLOAT, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_entities_code ON entities (code);

CREATE INDEX ix_entities_document_id ON entities (document_id);

CREATE INDEX ix_entities_name ON entities (name);

CREATE INDEX ix_entities_type ON entities (type);

CREATE TABLE events (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	id VARCHAR NOT NULL, 
	type VARCHAR(32) NOT NULL, 
	source VARCHAR, 
	target VARCHAR, 
	date VARCHAR(21), 
	location VARCHAR, 
	mode VARCHAR(16) NOT NULL, 
	attributed_to VARCHAR, 
	sentence INTEGER NOT NULL, 
	trigger_start INTEGER NOT NULL, 
	trigger_end INTEGER NOT NULL, 
	trigger_text TEXT NOT NULL, 
	confidence FLOAT NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_events_date ON events (date);

CREATE INDEX ix_events_document_id ON events (document_id);

CREATE INDEX ix_events_type ON events (type);

CREATE TABLE quantities (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	value FLOAT NOT NULL, 
	value_max FLOAT, 
	unit VARCHAR NOT NULL, 
	qualifier VARCHAR(16) NOT NULL, 
	casualty VARCHAR(16), 
	text TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	sentence INTEGER NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_quantities_document_id ON quantities (document_id);

CREATE TABLE sentences (
	pk INTEGER NOT NULL, 
	document_id VARCHAR NOT NULL, 
	id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	opinion_score FLOAT NOT NULL, 
	is_question BOOLEAN NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_sentences_document_id ON sentences (document_id);

CREATE TABLE mentions (
	pk INTEGER NOT NULL, 
	entity_pk INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	sentence INTEGER NOT NULL, 
	PRIMARY KEY (pk), 
	FOREIGN KEY(entity_pk) REFERENCES entities (pk) ON DELETE CASCADE
);

CREATE INDEX ix_mentions_entity_pk ON mentions (entity_pk);
