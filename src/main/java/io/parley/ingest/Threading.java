package io.parley.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders a batch so every parent precedes its replies, keeping the sender's order otherwise. */
final class Threading {

    private Threading() {
    }

    static List<CommentInput> parentsFirst(List<CommentInput> batch) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            index.put(batch.get(i).externalId(), i);
        }
        int[] state = new int[batch.size()]; // 0 new, 1 visiting, 2 done
        List<CommentInput> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            visit(i, batch, index, state, out);
        }
        return out;
    }

    private static void visit(int start, List<CommentInput> batch, Map<String, Integer> index, int[] state,
                              List<CommentInput> out) {
        // Iterative walk up the parent chain: deep threads must not overflow the stack.
        List<Integer> chain = new ArrayList<>();
        int i = start;
        while (state[i] == 0) {
            state[i] = 1;
            chain.add(i);
            String parent = batch.get(i).parentId();
            Integer p = parent == null ? null : index.get(parent);
            if (p == null) {
                break;
            }
            if (state[p] == 1) {
                throw new InvalidInput("comments[" + p + "].parentId", "reply chain forms a cycle through '" + parent + "'");
            }
            i = p;
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            state[chain.get(k)] = 2;
            out.add(batch.get(chain.get(k)));
        }
    }
}
