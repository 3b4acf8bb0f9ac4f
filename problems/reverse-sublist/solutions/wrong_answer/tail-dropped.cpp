// Mistake: the stretch is reversed and hooked to the node before it, but the old
// first node of the stretch keeps the null link it got when the reversal
// started, so every node after position `right` disappears.
class Solution {
public:
    ListNode* reverseSublist(ListNode* head, int left, int right) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (int i = 1; i < left; i++) before = before->next;
        ListNode* prev = nullptr;
        ListNode* cur = before->next;
        for (int i = left; i <= right; i++) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        before->next = prev;
        return dummy.next;
    }
};
