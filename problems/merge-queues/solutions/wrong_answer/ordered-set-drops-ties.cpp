// Mistake: a std::set ordered by value is used as the priority queue. A set keeps
// one element per key, so when a node's value equals the value of a node already in
// the set, insert() silently does nothing and that node's whole list is lost.
class Solution {
public:
    ListNode* mergeQueues(vector<ListNode*>& lists) {
        auto before = [](const ListNode* a, const ListNode* b) { return a->val < b->val; };
        set<ListNode*, decltype(before)> fronts(before);
        for (ListNode* head : lists) {
            if (head != nullptr) fronts.insert(head);
        }
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!fronts.empty()) {
            ListNode* node = *fronts.begin();
            fronts.erase(fronts.begin());
            tail->next = node;
            tail = node;
            if (node->next != nullptr) fronts.insert(node->next);
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
