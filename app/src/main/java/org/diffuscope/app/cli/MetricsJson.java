package org.diffuscope.app.cli;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a metrics map as pretty JSON; non-finite numbers (undefined metrics) become null. */
final class MetricsJson {

    private MetricsJson() {
    }

    static String write(Map<String, Object> values) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d) {
                if (Double.isFinite(d)) {
                    root.put(e.getKey(), d);
                } else {
                    root.putNull(e.getKey());
                }
            } else if (v instanceof Long l) {
                root.put(e.getKey(), l);
            } else if (v instanceof Integer i) {
                root.put(e.getKey(), i);
            } else if (v instanceof Boolean b) {
                root.put(e.getKey(), b);
            } else {
                root.put(e.getKey(), String.valueOf(v));
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("metrics cannot be written as JSON", ex);
        }
    }
}
