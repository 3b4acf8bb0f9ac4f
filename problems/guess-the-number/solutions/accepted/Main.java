import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

// Binary search: [lo, hi] always holds the hidden number; each query drops mid and
// the wrong half, so at most bit_length(n) queries are asked.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(System.out);
        String first = in.readLine();
        if (first == null) return;
        long n = Long.parseLong(first.trim());
        long lo = 1, hi = n;
        while (lo <= hi) {
            long mid = lo + (hi - lo) / 2;
            out.println("? " + mid);
            out.flush(); // PrintWriter buffers: the judge waits until we flush
            String reply = in.readLine();
            if (reply == null) return;
            reply = reply.trim();
            if (reply.equals("=")) {
                out.println("! " + mid);
                out.flush();
                return;
            }
            if (reply.equals(">")) lo = mid + 1;
            else hi = mid - 1;
        }
    }
}
