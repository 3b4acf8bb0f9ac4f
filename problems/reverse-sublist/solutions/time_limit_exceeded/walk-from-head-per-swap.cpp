// Correct but slow: swaps the values at positions i and j (i from left, j from
// right, moving towards each other), finding each of the two nodes by walking
// from the head every time. About (right - left) / 2 * n steps: billions when
// n = 10^5 and the stretch covers most of the list.
class Solution {
    static ListNode* nodeAt(ListNode* head, int pos) {
        ListNode* p = head;
        for (int k = 1; k < pos; k++) p = p->next;
        return p;
    }

public:
    ListNode* reverseSublist(ListNode* head, int left, int right) {
        for (int i = left, j = right; i < j; i++, j--) {
            ListNode* x = nodeAt(head, i);
            ListNode* y = nodeAt(head, j);
            int t = x->val;
            x->val = y->val;
            y->val = t;
        }
        return head;
    }
};
