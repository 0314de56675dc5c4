extension JSONLinesReporter {
    /// The JSON Schema (draft 2020-12) of one line of ``JSONLinesReporter``'s output, which
    /// `enmienda schema jsonl` prints: a LanguageTool `/v2/check` response with Enmienda's
    /// `enmienda` object (`path`, `summary`, and `record` and `segment` when they apply),
    /// or an error line (`enmienda` with `path`, and `error` with `path`, `line`, `column`
    /// and `message`). Both sources of the rules are Enmienda's: LanguageTool's own fields
    /// are those its API documents, typed as ``JSONReporter`` writes them.
    public static let schema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "urn:enmienda:jsonl-line:1",
          "title": "One line of enmienda check --format jsonl",
          "oneOf": [{ "$ref": "#/$defs/checked" }, { "$ref": "#/$defs/failed" }],
          "$defs": {
            "count": { "type": "integer", "minimum": 0 },
            "where": {
              "type": "object",
              "required": ["path"],
              "properties": {
                "path": { "type": "string", "description": "The document's path (the record's path for records)." },
                "record": { "type": "integer", "minimum": 1, "description": "The input record's number (line), with --records." },
                "segment": {
                  "type": "object",
                  "required": ["id", "index"],
                  "additionalProperties": false,
                  "properties": {
                    "id": { "type": "string" },
                    "index": { "type": "integer", "minimum": 0 }
                  }
                },
                "summary": { "$ref": "#/$defs/summary" }
              }
            },
            "summary": {
              "type": "object",
              "required": ["documents", "words", "findings", "bySeverity", "byCategory", "mqm"],
              "properties": {
                "documents": { "$ref": "#/$defs/count" },
                "words": { "$ref": "#/$defs/count" },
                "findings": { "$ref": "#/$defs/count" },
                "bySeverity": { "type": "object", "additionalProperties": { "$ref": "#/$defs/count" } },
                "byCategory": { "type": "object", "additionalProperties": { "$ref": "#/$defs/count" } },
                "mqm": {
                  "type": "object",
                  "required": ["score", "penaltyPerThousandWords"],
                  "properties": { "score": { "type": "number" }, "penaltyPerThousandWords": { "type": "number" } }
                }
              }
            },
            "match": {
              "type": "object",
              "required": [
                "message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type",
                "rule", "ignoreForIncompleteSentence", "contextForSureMatch", "codePointOffset",
                "codePointLength", "byteOffset", "byteLength", "entryId", "severity", "sourceTerms",
                "matchedText", "correctedSentence", "line", "column", "fingerprint"
              ],
              "properties": {
                "message": { "type": "string" },
                "shortMessage": { "type": "string" },
                "replacements": {
                  "type": "array",
                  "items": { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" } } }
                },
                "offset": { "$ref": "#/$defs/count" },
                "length": { "$ref": "#/$defs/count" },
                "context": {
                  "type": "object",
                  "required": ["text", "offset", "length"],
                  "properties": {
                    "text": { "type": "string" },
                    "offset": { "$ref": "#/$defs/count" },
                    "length": { "$ref": "#/$defs/count" }
                  }
                },
                "sentence": { "type": "string" },
                "type": { "type": "object", "required": ["typeName"], "properties": { "typeName": { "type": "string" } } },
                "rule": {
                  "type": "object",
                  "required": ["id", "description", "issueType", "category"],
                  "properties": {
                    "id": { "type": "string" },
                    "description": { "type": "string" },
                    "issueType": { "type": "string" },
                    "category": {
                      "type": "object",
                      "required": ["id", "name"],
                      "properties": { "id": { "type": "string" }, "name": { "type": "string" } }
                    }
                  }
                },
                "ignoreForIncompleteSentence": { "type": "boolean" },
                "contextForSureMatch": { "type": "integer" },
                "codePointOffset": { "$ref": "#/$defs/count" },
                "codePointLength": { "$ref": "#/$defs/count" },
                "byteOffset": { "$ref": "#/$defs/count" },
                "byteLength": { "$ref": "#/$defs/count" },
                "entryId": { "type": "string" },
                "severity": { "enum": ["minor", "major", "critical"] },
                "sourceTerms": { "type": "array", "items": { "type": "string" } },
                "matchedText": { "type": "string" },
                "correctedSentence": { "type": "string" },
                "manualCheck": { "type": "string" },
                "line": { "type": "integer", "minimum": 1 },
                "column": { "type": "integer", "minimum": 1 },
                "fingerprint": { "type": "string" },
                "segment": {
                  "type": "object",
                  "required": ["id", "byteOffset", "byteLength"],
                  "properties": {
                    "id": { "type": "string" },
                    "byteOffset": { "$ref": "#/$defs/count" },
                    "byteLength": { "$ref": "#/$defs/count" },
                    "source": { "type": "string" }
                  }
                }
              }
            },
            "checked": {
              "type": "object",
              "required": ["enmienda", "language", "matches", "software", "warnings"],
              "additionalProperties": false,
              "properties": {
                "enmienda": { "allOf": [{ "$ref": "#/$defs/where" }, { "required": ["summary"] }] },
                "language": {
                  "type": "object",
                  "required": ["code", "name", "detectedLanguage"],
                  "properties": { "code": { "type": "string", "pattern": "^es(-[0-9A-Za-z]+)?$" }, "name": { "type": "string" } }
                },
                "matches": { "type": "array", "items": { "$ref": "#/$defs/match" } },
                "software": {
                  "type": "object",
                  "required": ["name", "version", "apiVersion"],
                  "properties": { "name": { "const": "Enmienda" } }
                },
                "warnings": {
                  "type": "object",
                  "required": ["incompleteResults"],
                  "properties": { "incompleteResults": { "type": "boolean" } }
                }
              }
            },
            "failed": {
              "type": "object",
              "required": ["enmienda", "error"],
              "additionalProperties": false,
              "properties": {
                "enmienda": {
                  "allOf": [{ "$ref": "#/$defs/where" }, { "not": { "required": ["summary"] } }]
                },
                "error": {
                  "type": "object",
                  "required": ["path", "line", "column", "message"],
                  "additionalProperties": false,
                  "properties": {
                    "path": { "type": "string" },
                    "line": { "type": "integer", "minimum": 1 },
                    "column": { "type": "integer", "minimum": 1 },
                    "message": { "type": "string" }
                  }
                }
              }
            }
          }
        }
        """#
}
