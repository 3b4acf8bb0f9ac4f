// Mistake: after the main loop only the leftover of the first list is attached;
// when the second list is the longer one, its remaining nodes are lost.
class Solution {
public:
    ListNode* mergeSortedLists(ListNode* a, ListNode* b) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (a && b) {
            if (b->val < a->val) {
                tail->next = b;
                b = b->next;
            } else {
                tail->next = a;
                a = a->next;
            }
            tail = tail->next;
        }
        tail->next = a;
        return dummy.next;
    }
};
